/// A UUID made from a name, the same every time (RFC 9562's version 8, for names hashed as one
/// likes): for ids that must be valid URIs and stay the same from build to build without an address
/// to make them from, such as a feed's `urn:uuid:…` when the site has no `baseURL`. The 128 bits are
/// two 64-bit FNV-1a hashes of the name's UTF-8 (with different starting values); not for secrets.
public enum NameUUID {
    public static func make(_ name: String) -> String {
        func fnv(_ basis: UInt64) -> UInt64 {
            var hash = basis
            for byte in name.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            return hash
        }
        var bytes = withUnsafeBytes(of: fnv(0xCBF2_9CE4_8422_2325).bigEndian, Array.init)
            + withUnsafeBytes(of: fnv(0x6C62_272E_07BB_0142).bigEndian, Array.init)
        bytes[6] = bytes[6] & 0x0F | 0x80  // version 8
        bytes[8] = bytes[8] & 0x3F | 0x80  // the RFC's variant
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(36)
        for (index, byte) in bytes.enumerated() {
            if index == 4 || index == 6 || index == 8 || index == 10 { text.append(UInt8(ascii: "-")) }
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
