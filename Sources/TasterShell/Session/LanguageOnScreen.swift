import Foundation
import TasterWording

/// The language the terminal speaks right now, shared by what outlives one learner's visit:
/// the idle warning (which can come at any question) and the kiosk's "press Enter to clear"
/// (which follows the goodbye). A visit sets it when the learner chooses, and back to the usual
/// language as the next person arrives.
public final class LanguageOnScreen: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Catalogue

    /// Starts speaking `catalogue`.
    public init(_ catalogue: Catalogue) {
        current = catalogue
    }

    /// The catalogue on screen now.
    public var catalogue: Catalogue {
        get { lock.withLock { current } }
        set { lock.withLock { current = newValue } }
    }
}
