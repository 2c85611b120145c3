/// Loads many report files into a warehouse, going on past files that are rejected.
public struct WarehouseLoader {
    public let warehouse: any ReportStore

    public init(warehouse: any ReportStore) {
        self.warehouse = warehouse
    }

    public struct Result: Sendable, Equatable {
        public var inserted: [String] = []
        public var replaced: [String] = []
        /// Path and reason.
        public var rejected: [Rejected] = []
        /// Rows written, over every table.
        public var rows = 0

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
                let document = try DocumentRows.read(fileAt: path)
                switch try warehouse.load(document) {
                case .inserted: result.inserted.append(path)
                case .replaced: result.replaced.append(path)
                }
                result.rows += document.count
            } catch let rejection as ReportFile.Rejection {
                let rejected = Rejected(path: path, reason: rejection.description)
                result.rejected.append(rejected)
                report(rejected)
            }
        }
        return result
    }
}
