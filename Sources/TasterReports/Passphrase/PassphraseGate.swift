import Foundation
import TasterStore

/// The check behind every command that shows other learners' data: is this the volunteer
/// passphrase kept with this store?
///
/// It knows nothing about terminals, so the shell, kiosk mode and the command line can all ask
/// the same question in their own way.
public struct PassphraseGate: Sendable {
    /// What the gate decided.
    public enum Decision: Sendable, Equatable {
        /// The passphrase is right.
        case allowed
        /// The passphrase is wrong.
        case refused
        /// No passphrase has been set, so volunteer data stays closed until one is.
        case notSet
        /// Nothing was typed (end of input or Ctrl-C).
        case cancelled
        /// The passphrase file cannot be used.
        case unusable(PassphraseFileError)
    }

    /// The environment variable scripts use to give the passphrase.
    public static let environmentVariable = "TASTER_VOLUNTEER_PASSPHRASE"

    /// The file checked against.
    public let file: VolunteerPassphraseFile

    /// A gate for the data folder `dataFolder`.
    public init(dataFolder: URL) {
        file = VolunteerPassphraseFile(folder: dataFolder)
    }

    /// A gate for the passphrase record kept in `credentials`.
    public init(credentials: any VolunteerCredentials) {
        file = VolunteerPassphraseFile(credentials: credentials)
    }

    /// Checks `passphrase` (surrounding spaces ignored, as when it was set).
    public func check(_ passphrase: String) -> Decision {
        do {
            return try file.verify(Self.tidy(passphrase)) ? .allowed : .refused
        } catch .notSet {
            return .notSet
        } catch {
            return .unusable(error)
        }
    }

    /// Decides using `TASTER_VOLUNTEER_PASSPHRASE` from `variables` when it is set, else the
    /// answer from `ask` (called only when a passphrase is set and the variable is not).
    public func decide(variables: [String: String], ask: () -> String?) -> Decision {
        guard file.isSet else { return .notSet }
        if let given = Self.passphrase(from: variables) { return check(given) }
        guard let typed = ask() else { return .cancelled }
        return check(typed)
    }

    /// The passphrase a script gave in the environment, if any.
    public static func passphrase(from variables: [String: String]) -> String? {
        guard let value = variables[environmentVariable], !tidy(value).isEmpty else { return nil }
        return value
    }

    /// A passphrase as compared: without surrounding spaces or line ends.
    public static func tidy(_ passphrase: String) -> String {
        passphrase.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
