import Foundation
import TasterStore

/// A volunteer unlock held for a few minutes after the passphrase is typed, so that a run of
/// `session clear`s or live views does not cost the slow check each time.
///
/// It is a file readable only by its owner (0600) in the data folder, holding when it expires
/// and a copy of the passphrase file's contents: it stops counting after ``holdMinutes``
/// minutes, when its own age says so whatever it claims, and as soon as the passphrase changes.
struct VolunteerUnlock {
    /// The file's name in the data folder.
    static let fileName = "volunteer-unlock"
    /// How long an unlock lasts.
    static let holdMinutes = 5.0

    /// The data folder.
    let dataFolder: URL

    private var url: URL { dataFolder.appendingPathComponent(Self.fileName) }
    private var passphraseFile: URL { PassphraseRecordFile(folder: dataFolder).url }
    private var window: TimeInterval { Self.holdMinutes * 60 }

    /// Whether a volunteer typed the passphrase here in the last few minutes.
    func isHeld(now: Date) -> Bool {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
              (attributes[.posixPermissions] as? NSNumber)?.uint16Value == 0o600,
              (attributes[.ownerAccountID] as? NSNumber)?.uint32Value == getuid(),
              let written = attributes[.modificationDate] as? Date,
              now.timeIntervalSince(written) < window, written <= now.addingTimeInterval(5),
              let text = try? String(contentsOf: url, encoding: .utf8),
              let passphrase = try? String(contentsOf: passphraseFile, encoding: .utf8)
        else { return false }
        let lines = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        guard lines.count == 2, let expires = Double(lines[0]),
              now.timeIntervalSince1970 < expires, expires <= now.timeIntervalSince1970 + window + 5
        else { return false }
        return String(lines[1]) == passphrase
    }

    /// Starts (or renews) the unlock; best effort, since the check can always be asked again.
    func hold(now: Date) {
        guard let passphrase = try? String(contentsOf: passphraseFile, encoding: .utf8) else { return }
        let text = "\(now.timeIntervalSince1970 + window)\n\(passphrase)"
        try? FileManager.default.removeItem(at: url)
        guard FileManager.default.createFile(atPath: url.path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else { return }
    }

    /// Ends the unlock at once.
    func end() {
        try? FileManager.default.removeItem(at: url)
    }
}
