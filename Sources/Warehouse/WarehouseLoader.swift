/// Loads many report files into a warehouse, going on past files that are rejected.
package struct WarehouseLoader {
    package let warehouse: any ReportStore

    package init(warehouse: any ReportStore) {
        self.warehouse = warehouse
    }

    package struct Result: Sendable, Equatable {
        package var inserted: [String] = []
        package var replaced: [String] = []
        /// Path and reason.
        package var rejected: [Rejected] = []
        /// Rows written, over every table.
        package var rows = 0

        package var loaded: Int { inserted.count + replaced.count }
    }

    package struct Rejected: Sendable, Equatable {
        package var path: String
        package var reason: String
    }

    /// Loads each file in its own transaction; `report` hears of each rejection as it happens.
    /// Errors other than a rejected file (the database cannot be written) stop the load.
    package func load(_ paths: [String], report: (Rejected) -> Void = { _ in }) throws -> Result {
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
