#if canImport(Glibc)
import Glibc
#endif

/// Keeps Tesseract to one thread. libtesseract's OpenMP runtime reads OMP_THREAD_LIMIT once,
/// when the library is loaded at process start, so setting it later has no effect; unset, its
/// threads spin on the other cores and a page costs about twice the CPU (7.2 s user + 4.7 s
/// system against 3.3 s + 0.2 s on a table page). `batch` runs one worker per core instead.
enum RecognitionThreads {
    /// Re-executes this program once with OMP_THREAD_LIMIT=1 when it is unset and the command
    /// may run OCR; returns when nothing is to be done or re-executing failed.
    static func limitToOne() {
        #if os(Linux)
        let arguments = CommandLine.arguments
        guard getenv("OMP_THREAD_LIMIT") == nil,
              arguments.count > 1, ["extract", "inspect", "batch"].contains(arguments[1]) else { return }
        setenv("OMP_THREAD_LIMIT", "1", 1)
        var cArguments = arguments.map { strdup($0) }
        cArguments.append(nil)
        execv("/proc/self/exe", &cArguments)
        // Still here: exec failed; go on with OpenMP's default threads.
        for pointer in cArguments { free(pointer) }
        #endif
    }
}
