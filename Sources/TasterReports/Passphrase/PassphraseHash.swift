import Crypto
import _CryptoExtras
import Foundation

/// A volunteer passphrase kept as a salted, deliberately slow scrypt hash, with everything needed
/// to check it again: the algorithm, its parameters, the salt and the hash.
public struct PassphraseHash: Sendable, Equatable, Codable {
    /// scrypt's cost settings.
    public struct Parameters: Sendable, Equatable, Codable {
        /// The CPU and memory cost N, a power of two.
        public var rounds: Int
        /// The block size r.
        public var blockSize: Int
        /// The parallelism p.
        public var parallelism: Int
        /// The hash length, in bytes.
        public var keyLength: Int

        /// Creates parameters.
        public init(rounds: Int, blockSize: Int, parallelism: Int, keyLength: Int = 32) {
            self.rounds = rounds
            self.blockSize = blockSize
            self.parallelism = parallelism
            self.keyLength = keyLength
        }

        /// The strength OWASP recommends for scrypt (N = 2^17, r = 8, p = 1): about 128 MiB and a
        /// fraction of a second per try, which makes guessing from a copied file slow.
        public static let standard = Parameters(rounds: 1 << 17, blockSize: 8, parallelism: 1)

        /// Whether the parameters are within bounds worth computing: a damaged or hostile file
        /// must not make taster use gigabytes of memory, nor accept a trivially cheap hash.
        public var isReasonable: Bool {
            guard rounds >= 1 << 10, rounds <= 1 << 20, rounds & (rounds - 1) == 0,
                  (1...32).contains(blockSize), (1...4).contains(parallelism), (16...64).contains(keyLength)
            else { return false }
            return 128 * rounds * blockSize * parallelism <= Self.largestMemory
        }

        /// The most memory a stored hash may ask for: twice the standard setting's 128 MiB.
        public static let largestMemory = 256 << 20
    }

    /// The algorithm's name; only `scrypt` is known.
    public var algorithm: String
    /// Its cost settings.
    public var parameters: Parameters
    /// The random salt, base64.
    public var salt: String
    /// The hash, base64.
    public var hash: String

    /// The name written for scrypt.
    public static let scrypt = "scrypt"

    /// Creates a hash from its stored parts.
    public init(algorithm: String, parameters: Parameters, salt: String, hash: String) {
        self.algorithm = algorithm
        self.parameters = parameters
        self.salt = salt
        self.hash = hash
    }

    /// Hashes `passphrase` with a fresh 16-byte random salt.
    public static func make(passphrase: String, parameters: Parameters = .standard) throws -> PassphraseHash {
        var generator = SystemRandomNumberGenerator()
        let saltBytes = (0..<16).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let derived = try derive(passphrase, salt: saltBytes, parameters: parameters)
        return PassphraseHash(
            algorithm: scrypt, parameters: parameters,
            salt: Data(saltBytes).base64EncodedString(), hash: Data(derived).base64EncodedString())
    }

    /// Whether `passphrase` is the one hashed, compared in constant time; false for a hash taster
    /// cannot use (an unknown algorithm, unreasonable parameters, damaged base64).
    public func matches(_ passphrase: String) -> Bool {
        guard algorithm == Self.scrypt, parameters.isReasonable,
              let saltBytes = Data(base64Encoded: salt), saltBytes.count >= 8,
              let expected = Data(base64Encoded: hash), expected.count == parameters.keyLength,
              let derived = try? Self.derive(passphrase, salt: Array(saltBytes), parameters: parameters)
        else { return false }
        return Self.constantTimeEqual(derived, Array(expected))
    }

    /// Whether the stored parts are ones taster can check against.
    public var isUsable: Bool {
        algorithm == Self.scrypt && parameters.isReasonable && Data(base64Encoded: salt) != nil
            && Data(base64Encoded: hash)?.count == parameters.keyLength
    }

    /// Whether two byte strings are equal, taking the same time wherever they differ.
    public static func constantTimeEqual(_ left: [UInt8], _ right: [UInt8]) -> Bool {
        guard left.count == right.count else { return false }
        var difference: UInt8 = 0
        for index in left.indices {
            difference |= left[index] ^ right[index]
        }
        return difference == 0
    }

    /// The passphrase's bytes: Unicode-normalised first, so the same letters typed on different
    /// keyboards give the same hash.
    static func bytes(of passphrase: String) -> [UInt8] {
        Array(passphrase.precomposedStringWithCanonicalMapping.utf8)
    }

    private static func derive(_ passphrase: String, salt: [UInt8], parameters: Parameters) throws -> [UInt8] {
        let key = try KDF.Scrypt.deriveKey(
            from: bytes(of: passphrase), salt: salt, outputByteCount: parameters.keyLength,
            rounds: parameters.rounds, blockSize: parameters.blockSize, parallelism: parameters.parallelism)
        return key.withUnsafeBytes { Array($0) }
    }
}
