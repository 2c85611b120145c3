import Foundation

/// A PostgreSQL connection string as the user gave it: a `postgresql://` URL or libpq's
/// `key=value` form. libpq reads it (and PGPASSWORD, ~/.pgpass, PGSSLMODE …) exactly as psql
/// does; this type only keeps its password out of everything gongkai prints.
package struct ConnectionString: Sendable, CustomStringConvertible {
    package let value: String

    package init(_ value: String) {
        self.value = value
    }

    /// True for `postgresql://…` and `postgres://…`: what selects PostgreSQL over a SQLite path.
    package static func isPostgres(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("postgresql://") || lower.hasPrefix("postgres://")
    }

    /// The string with any password replaced by `***`: safe for logs, errors and manifests.
    package var description: String { Self.redact(value) }

    /// The password written in the string, if any.
    var password: String? {
        if let match = value.firstMatch(of: /^[A-Za-z]+:\/\/[^\/@:?#]*:([^@\/?#]*)@/) {
            return String(match.1).removingPercentEncoding ?? String(match.1)
        }
        if let match = value.firstMatch(of: /(?:^|[?&\s])password\s*=\s*('(?:[^'\\]|\\.)*'|[^&\s]*)/) {
            return String(match.1).trimmingCharacters(in: CharacterSet(charactersIn: "'"))
        }
        return nil
    }

    static func redact(_ text: String) -> String {
        var out = text.replacing(/^([A-Za-z]+:\/\/[^\/@:?#]*:)[^@\/?#]*@/) { "\($0.1)***@" }
        out = out.replacing(/((?:^|[?&\s])password\s*=\s*)('(?:[^'\\]|\\.)*'|[^&\s]*)/) { "\($0.1)***" }
        return out
    }

    /// `message` with this string's password, should it appear, replaced by `***`.
    func scrub(_ message: String) -> String {
        guard let password, !password.isEmpty else { return message }
        return message.replacingOccurrences(of: password, with: "***")
    }
}
