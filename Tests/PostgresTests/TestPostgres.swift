import Foundation
import PostgresWarehouse
#if canImport(Glibc)
    import Glibc
#endif

/// A throw-away PostgreSQL server for the tests: a cluster made with initdb in a temporary
/// folder, listening on a free port of 127.0.0.1, with password (SCRAM) authentication over TCP.
/// It is stopped and deleted by a watcher process when the test process ends. As root it runs as
/// the `postgres` user (initdb refuses root). `GONGKAI_TEST_POSTGRES`, an administrator's URL,
/// uses a server of one's own instead.
final class TestPostgres: Sendable {
    struct Unavailable: Error, CustomStringConvertible {
        var description: String
    }

    static let skipReason = """
        no PostgreSQL server binaries (initdb, pg_ctl in /usr/lib/postgresql/*/bin or on PATH) and no \
        GONGKAI_TEST_POSTGRES: PostgreSQL tests skipped; scripts/setup installs Debian's postgresql
        """

    /// The folder with initdb and pg_ctl, newest version first.
    static let binaries: String? = {
        let fm = FileManager.default
        let names: [String] = (try? fm.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []
        let versions: [String] = names.sorted { (Int($0) ?? 0) > (Int($1) ?? 0) }.map {
            "/usr/lib/postgresql/\($0)/bin"
        }
        let path: [String] = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
        return (versions + path).first { folder in
            fm.isExecutableFile(atPath: folder + "/initdb") && fm.isExecutableFile(atPath: folder + "/pg_ctl")
        }
    }()

    static let configured = ProcessInfo.processInfo.environment["GONGKAI_TEST_POSTGRES"]

    static var available: Bool { configured != nil || binaries != nil }

    /// The one server of this test process, started on first use.
    static let shared: Result<TestPostgres, Unavailable> = Result { () throws(Unavailable) in try TestPostgres() }

    static func server() throws -> TestPostgres { try shared.get() }

    let host = "127.0.0.1"
    let port: Int
    let user = "gongkai"
    let password: String
    private let admin: String

    private init() throws(Unavailable) {
        if let configured = Self.configured {
            admin = configured
            port = 0
            password = ""
            return
        }
        guard let bin = Self.binaries else { throw Unavailable(description: Self.skipReason) }
        password = "pw-\(UUID().uuidString.prefix(12))"
        let folder = "/tmp/gongkai-pg-\(UUID().uuidString.prefix(8))"
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try Data((password + "\n").utf8).write(to: URL(fileURLWithPath: folder + "/pw"))
        } catch {
            throw Unavailable(description: "cannot make \(folder): \(error)")
        }
        // initdb and the server refuse to run as root: hand the folder to `postgres`.
        var prefix: [String] = []
        if geteuid() == 0 {
            guard let account = getpwnam("postgres") else {
                throw Unavailable(description: "running as root and there is no `postgres` user to run the server as")
            }
            chmod(folder, 0o755)
            chown(folder, account.pointee.pw_uid, account.pointee.pw_gid)
            chown(folder + "/pw", account.pointee.pw_uid, account.pointee.pw_gid)
            prefix = ["/usr/sbin/runuser", "-u", "postgres", "--"]
        }
        port = Self.freePort()
        let initdb: [String] = [
            bin + "/initdb", "-D", folder + "/data", "-U", user, "--pwfile=" + folder + "/pw",
            "-A", "scram-sha-256", "--auth-local=trust", "-E", "UTF8", "--locale=C", "--no-sync",
        ]
        let options = "-p \(port) -k \(folder) -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200"
        let start: [String] = [
            bin + "/pg_ctl", "-D", folder + "/data", "-l", folder + "/log", "-w", "-t", "60",
            "-o", options, "start",
        ]
        for command in [initdb, start] {
            let status = Self.spawn(prefix + command, wait: true)
            guard status == 0 else {
                let log = (try? String(contentsOfFile: folder + "/log", encoding: .utf8)) ?? ""
                throw Unavailable(description: "\(command[0]) failed (\(status)) \(log.suffix(800))")
            }
        }
        // Stops the server and removes its folder once this test process is gone.
        let script =
            "while [ -d /proc/\(getpid()) ]; do sleep 1; done; '\(bin)/pg_ctl' -D '\(folder)/data' "
            + "-m immediate stop >/dev/null 2>&1; rm -rf '\(folder)'"
        let watcher: [String] = prefix + ["/bin/sh", "-c", script]
        _ = Self.spawn(watcher, wait: false)
        admin = "postgresql://\(user):\(password)@\(host):\(port)/postgres?sslmode=disable"
    }

    /// Starts `arguments` with output to /dev/null; its exit status when `wait`, else 0. Not
    /// Foundation's `Process`: it learns of a child's end through a descriptor the child inherits,
    /// and the server that pg_ctl leaves running keeps it open, so waiting would never end.
    static func spawn(_ arguments: [String], wait: Bool) -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) }
        argv.append(nil)
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, arguments[0], &actions, nil, argv, environ) == 0 else { return -1 }
        guard wait else { return 0 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
        let signal: Int32 = status & 0x7f
        let exitStatus: Int32 = (status >> 8) & 0xff
        return signal == 0 ? exitStatus : 128 + signal
    }

    /// A new, empty database (C collation, so text orders by code point as in SQLite); its URL.
    func createDatabase() throws -> String {
        let name = "t_" + UUID().uuidString.prefix(12).lowercased().replacingOccurrences(of: "-", with: "")
        let connection = try PostgresConnection(ConnectionString(admin))
        try connection.execute("CREATE DATABASE \(name) TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'")
        return url(database: name)
    }

    /// `admin`'s URL with another database.
    func url(database: String) -> String {
        admin.replacingOccurrences(of: "/postgres?", with: "/\(database)?")
    }

    /// A port nothing listens on now: the kernel's choice for a socket bound to port 0.
    static func freePort() -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
        }
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
