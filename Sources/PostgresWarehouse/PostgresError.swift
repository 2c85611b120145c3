/// An error from PostgreSQL or from reaching it; the message never holds a password.
public struct PostgresError: Error, CustomStringConvertible, Sendable {
    /// The five-character SQLSTATE (`23505` unique violation …), when the server sent one.
    public var sqlState: String?
    public var message: String

    public var description: String { message }

    /// Class 22 (data exception) or 23 (integrity constraint): the rows were at fault, not the
    /// server.
    public var isDataError: Bool {
        guard let sqlState else { return false }
        return sqlState.hasPrefix("22") || sqlState.hasPrefix("23")
    }
}
