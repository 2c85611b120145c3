internal import CPoppler

/// A GError copied into Swift and freed at once.
struct GLibError: Sendable {
    var domain: String
    var code: Int32
    var message: String

    /// Takes ownership of `error`: copies it and frees it.
    init?(taking error: UnsafeMutablePointer<GError>?) {
        guard let error else { return nil }
        defer { g_error_free(error) }
        domain = String(cString: g_quark_to_string(error.pointee.domain))
        code = error.pointee.code
        message = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
    }

    var isEncrypted: Bool {
        domain == "poppler-quark" && code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue)
    }
}
