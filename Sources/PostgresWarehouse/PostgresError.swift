/// An error from PostgreSQL or from reaching it; the message never holds a password.
package struct PostgresError: Error, CustomStringConvertible, Sendable {
    /// The five-character SQLSTATE (`23505` unique violation …), when the server sent one.
    package var sqlState: String?
    package var message: String

    package var description: String { message }

    /// Class 22 (data exception) or 23 (integrity constraint): the rows were at fault, not the
    /// server.
    package var isDataError: Bool {
        guard let sqlState else { return false }
        return sqlState.hasPrefix("22") || sqlState.hasPrefix("23")
    }
}
