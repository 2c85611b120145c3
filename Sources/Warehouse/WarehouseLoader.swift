import GRDB

/// Loads many report files into a warehouse, going on past files that are rejected.
public struct WarehouseLoader {
    public let warehouse: Warehouse

    public init(warehouse: Warehouse) {
        self.warehouse = warehouse
    }

    public struct Result: Sendable, Equatable {
        public var inserted: [String] = []
        public var replaced: [String] = []
        /// Path and reason.
        public var rejected: [Rejected] = []

        public var loaded: Int { inserted.count + replaced.count }
    }

    public struct Rejected: Sendable, Equatable {
        public var path: String
        public var reason: String
    }

    /// Loads each file in its own transaction; `report` hears of each rejection as it happens.
    /// Errors other than a rejected file (the database cannot be written) stop the load.
    public func load(_ paths: [String], report: (Rejected) -> Void = { _ in }) throws -> Result {
        var result = Result()
        for path in paths {
            do {
                switch try warehouse.load(fileAt: path) {
                case .inserted: result.inserted.append(path)
                case .replaced: result.replaced.append(path)
                }
            } catch let rejection as ReportFile.Rejection {
                let rejected = Rejected(path: path, reason: rejection.description)
                result.rejected.append(rejected)
                report(rejected)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
                // Validation should catch these first; if one slips through, it is this file's
                // problem, and its transaction was rolled back.
                let rejected = Rejected(path: path, reason: "breaks a key of the warehouse (\(error.message ?? "constraint"))")
                result.rejected.append(rejected)
                report(rejected)
            }
        }
        return result
    }
}
