import Foundation

/// The size of a PNG image, read from its signature and its first (IHDR) chunk, which PNG
/// stores uncompressed.
struct PNGHeader {
    let width: Int
    let height: Int

    /// The header of `data`, or nil when it is not a PNG.
    init?(_ data: Data) {
        let bytes = [UInt8](data.prefix(24))
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        guard bytes.count == 24, Array(bytes[0..<8]) == signature, Array(bytes[12..<16]) == Array("IHDR".utf8) else { return nil }
        func number(at offset: Int) -> Int {
            bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
        }
        width = number(at: 16)
        height = number(at: 20)
    }
}
