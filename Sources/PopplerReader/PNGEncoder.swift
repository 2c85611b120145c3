internal import CZlib
import Foundation

/// PNG bytes of an opaque image held as cairo keeps RGB24 (a native 32-bit word a pixel,
/// 0x00RRGGBB), deflated at zlib's fastest level: cairo's own writer compresses at the
/// default level, which costs several times the render for an image only shown on screen.
enum PNGEncoder {
    static func encode(rgb24 pixels: UnsafeRawPointer, width: Int, height: Int, stride: Int) -> Data? {
        let rowBytes = width * 3 + 1
        var raw = Data(count: rowBytes * height)
        raw.withUnsafeMutableBytes { buffer in
            guard var out = buffer.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return }
            for y in 0..<height {
                var source = (pixels + y * stride).assumingMemoryBound(to: UInt32.self)
                out.pointee = 0  // filter type None
                out += 1
                for _ in 0..<width {
                    let pixel = source.pointee
                    out[0] = UInt8(truncatingIfNeeded: pixel >> 16)
                    out[1] = UInt8(truncatingIfNeeded: pixel >> 8)
                    out[2] = UInt8(truncatingIfNeeded: pixel)
                    out += 3
                    source += 1
                }
            }
        }
        var packedLength = compressBound(uLong(raw.count))
        var packed = Data(count: Int(packedLength))
        let status = packed.withUnsafeMutableBytes { target in
            raw.withUnsafeBytes { source in
                compress2(
                    target.baseAddress?.assumingMemoryBound(to: Bytef.self), &packedLength,
                    source.baseAddress?.assumingMemoryBound(to: Bytef.self), uLong(source.count), 1)
            }
        }
        guard status == Z_OK else { return nil }
        packed.count = Int(packedLength)

        var png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        var header = Data()
        header.appendBigEndian(UInt32(width))
        header.appendBigEndian(UInt32(height))
        header.append(contentsOf: [8, 2, 0, 0, 0])  // 8 bits, RGB, deflate, adaptive filtering, no interlace
        appendChunk("IHDR", header, to: &png)
        appendChunk("IDAT", packed, to: &png)
        appendChunk("IEND", Data(), to: &png)
        return png
    }

    static func appendChunk(_ type: String, _ body: Data, to png: inout Data) {
        png.appendBigEndian(UInt32(body.count))
        var typed = Data(type.utf8)
        typed.append(body)
        png.append(typed)
        let crc = typed.withUnsafeBytes { bytes in
            crc32(0, bytes.baseAddress?.assumingMemoryBound(to: Bytef.self), uInt(bytes.count))
        }
        png.appendBigEndian(UInt32(crc))
    }
}

extension Data {
    fileprivate mutating func appendBigEndian(_ value: UInt32) {
        append(contentsOf: [
            UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF),
        ])
    }
}
