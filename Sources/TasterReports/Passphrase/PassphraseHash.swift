import CSodium
import Foundation

/// A volunteer passphrase kept as a salted, deliberately slow hash, with everything needed to
/// check it again: the algorithm, its cost, the salt and the hash.
///
/// New passphrases are hashed with Argon2id. Files written before Argon2id was used hold scrypt
/// hashes: they are still checked, and `needsRehash` tells the caller to replace them with an
/// Argon2id hash the next time the right passphrase is typed.
public struct PassphraseHash: Sendable, Equatable, Codable {
    /// Argon2id's cost settings (libsodium's `opslimit` and `memlimit`).
    public struct Argon2idCost: Sendable, Equatable, Codable {
        /// The number of passes over the memory.
        public var passes: Int
        /// The memory used, in KiB.
        public var memoryKiB: Int
        /// The hash length, in bytes.
        public var keyLength: Int

        /// Creates a cost.
        public init(passes: Int, memoryKiB: Int, keyLength: Int = 32) {
            self.passes = passes
            self.memoryKiB = memoryKiB
            self.keyLength = keyLength
        }

        /// Three passes over 64 MiB: above OWASP's smallest Argon2id setting (2 passes, 19 MiB),
        /// and about a tenth of a second on a library computer, so a volunteer is not kept
        /// waiting while guessing from a copied file stays slow.
        public static let standard = Argon2idCost(passes: 3, memoryKiB: 64 * 1024)

        /// Whether the cost is within bounds worth computing: a damaged or hostile file must not
        /// make taster use gigabytes of memory, nor accept a trivially cheap hash.
        public var isReasonable: Bool {
            (1...10).contains(passes) && (8 * 1024...Self.largestMemoryKiB).contains(memoryKiB) && (16...64).contains(keyLength)
        }

        /// The most memory a stored hash may ask for: 256 MiB.
        public static let largestMemoryKiB = 256 * 1024
    }

    /// scrypt's cost settings, as files written before Argon2id hold them.
    public struct ScryptCost: Sendable, Equatable, Codable {
        /// The CPU and memory cost N, a power of two.
        public var rounds: Int
        /// The block size r.
        public var blockSize: Int
        /// The parallelism p.
        public var parallelism: Int
        /// The hash length, in bytes.
        public var keyLength: Int

        /// Creates a cost.
        public init(rounds: Int, blockSize: Int, parallelism: Int, keyLength: Int = 32) {
            self.rounds = rounds
            self.blockSize = blockSize
            self.parallelism = parallelism
            self.keyLength = keyLength
        }

        /// The setting earlier versions wrote (N = 2^17, r = 8, p = 1, about 128 MiB).
        public static let earlierStandard = ScryptCost(rounds: 1 << 17, blockSize: 8, parallelism: 1)

        /// Whether the cost is within bounds worth computing (see `Argon2idCost.isReasonable`).
        public var isReasonable: Bool {
            guard rounds >= 1 << 10, rounds <= 1 << 20, rounds & (rounds - 1) == 0,
                  (1...32).contains(blockSize), (1...4).contains(parallelism), (16...64).contains(keyLength)
            else { return false }
            return 128 * rounds * blockSize * parallelism <= Self.largestMemory
        }

        /// The most memory a stored hash may ask for: 256 MiB.
        public static let largestMemory = 256 << 20
    }

    /// The algorithm and its cost.
    public enum Cost: Sendable, Equatable {
        /// Argon2id (version 1.3), used for every new passphrase.
        case argon2id(Argon2idCost)
        /// scrypt, only checked, for files written by earlier versions.
        case scrypt(ScryptCost)

        /// Whether the cost is one worth computing.
        public var isReasonable: Bool {
            switch self {
            case .argon2id(let cost): cost.isReasonable
            case .scrypt(let cost): cost.isReasonable
            }
        }

        /// The hash length this cost gives.
        public var keyLength: Int {
            switch self {
            case .argon2id(let cost): cost.keyLength
            case .scrypt(let cost): cost.keyLength
            }
        }
    }

    /// The name written for Argon2id.
    public static let argon2id = "argon2id"
    /// The name written for scrypt.
    public static let scrypt = "scrypt"

    /// The algorithm and its cost; nil when the file names an algorithm taster does not know.
    public var cost: Cost?
    /// The random salt, base64.
    public var salt: String
    /// The hash, base64.
    public var hash: String

    /// Creates a hash from its stored parts.
    public init(cost: Cost?, salt: String, hash: String) {
        self.cost = cost
        self.salt = salt
        self.hash = hash
    }

    /// Hashes `passphrase` with Argon2id and a fresh 16-byte random salt.
    public static func make(passphrase: String, cost: Argon2idCost = .standard) throws(PassphraseHashError) -> PassphraseHash {
        try ensureSodium()
        var saltBytes = [UInt8](repeating: 0, count: Int(crypto_pwhash_SALTBYTES))
        randombytes_buf(&saltBytes, saltBytes.count)
        guard let derived = derive(passphrase, salt: saltBytes, cost: .argon2id(cost)) else { throw .couldNotHash }
        return PassphraseHash(
            cost: .argon2id(cost), salt: Data(saltBytes).base64EncodedString(), hash: Data(derived).base64EncodedString())
    }

    /// Whether `passphrase` is the one hashed, compared in constant time; false for a hash taster
    /// cannot use (an unknown algorithm, unreasonable cost, damaged base64).
    public func matches(_ passphrase: String) -> Bool {
        guard isUsable, let cost, let saltBytes = Data(base64Encoded: salt), let expected = Data(base64Encoded: hash),
              (try? Self.ensureSodium()) != nil,
              let derived = Self.derive(passphrase, salt: Array(saltBytes), cost: cost)
        else { return false }
        return Self.constantTimeEqual(derived, Array(expected))
    }

    /// Whether the stored parts are ones taster can check against.
    public var isUsable: Bool {
        guard let cost, cost.isReasonable, let saltBytes = Data(base64Encoded: salt) else { return false }
        if case .argon2id = cost, saltBytes.count != Int(crypto_pwhash_SALTBYTES) { return false }
        return saltBytes.count >= 8 && Data(base64Encoded: hash)?.count == cost.keyLength
    }

    /// Whether this hash should be replaced by a new Argon2id one once the passphrase is known:
    /// true for scrypt hashes from earlier versions.
    public var needsRehash: Bool {
        if case .argon2id = cost { return false }
        return true
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

    /// libsodium must be started once before use; starting it again is harmless.
    private static func ensureSodium() throws(PassphraseHashError) {
        guard sodium_init() >= 0 else { throw .couldNotHash }
    }

    private static func derive(_ passphrase: String, salt: [UInt8], cost: Cost) -> [UInt8]? {
        // A byte past the end, never read, so that even an empty passphrase has an address.
        let password = bytes(of: passphrase)
        let padded = password + [0]
        var output = [UInt8](repeating: 0, count: cost.keyLength)
        let status: Int32 = padded.withUnsafeBufferPointer { buffer in
            let start = buffer.baseAddress!
            switch cost {
            case .argon2id(let argon):
                return start.withMemoryRebound(to: CChar.self, capacity: padded.count) { characters in
                    crypto_pwhash(
                        &output, UInt64(output.count), characters, UInt64(password.count), salt,
                        UInt64(argon.passes), argon.memoryKiB * 1024, crypto_pwhash_ALG_ARGON2ID13)
                }
            case .scrypt(let scrypt):
                return crypto_pwhash_scryptsalsa208sha256_ll(
                    start, password.count, salt, salt.count, UInt64(scrypt.rounds),
                    UInt32(scrypt.blockSize), UInt32(scrypt.parallelism), &output, output.count)
            }
        }
        return status == 0 ? output : nil
    }

    // The file format: `{"algorithm": ..., "parameters": {...}, "salt": ..., "hash": ...}`, the
    // same shape earlier versions wrote for scrypt.
    private enum CodingKeys: String, CodingKey {
        case algorithm, parameters, salt, hash
    }

    /// Reads the stored parts; an unknown algorithm or damaged cost reads as `cost == nil`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        salt = try container.decode(String.self, forKey: .salt)
        hash = try container.decode(String.self, forKey: .hash)
        switch try container.decode(String.self, forKey: .algorithm) {
        case Self.argon2id: cost = (try? container.decode(Argon2idCost.self, forKey: .parameters)).map(Cost.argon2id)
        case Self.scrypt: cost = (try? container.decode(ScryptCost.self, forKey: .parameters)).map(Cost.scrypt)
        default: cost = nil
        }
    }

    /// Writes the stored parts.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(salt, forKey: .salt)
        try container.encode(hash, forKey: .hash)
        switch cost {
        case .argon2id(let argon):
            try container.encode(Self.argon2id, forKey: .algorithm)
            try container.encode(argon, forKey: .parameters)
        case .scrypt(let scrypt):
            try container.encode(Self.scrypt, forKey: .algorithm)
            try container.encode(scrypt, forKey: .parameters)
        case nil:
            throw EncodingError.invalidValue(self, .init(codingPath: [], debugDescription: "unknown algorithm"))
        }
    }
}
