#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Switches the C library to a UTF-8 locale.
///
/// Swift never calls `setlocale`, and in the default "C" locale libedit silently drops every
/// byte outside ASCII, so "£5" would come back as "5". Only the character-handling category
/// (LC_CTYPE) is changed: number and date formatting stay as they were. The user's setting is
/// tried first; if its character set is not UTF-8, `C.UTF-8` (always installed, unlike
/// en_GB.UTF-8) is used.
public enum TerminalLocale {
    /// Makes the C library treat text as UTF-8. Changes process-wide state, so call it once at
    /// start-up, before any other thread uses the C library's character functions. Returns
    /// whether a UTF-8 character set is now in use.
    @discardableResult
    public static func useUTF8() -> Bool {
        _ = setlocale(LC_CTYPE, "")
        if isUTF8() {
            return true
        }
        _ = setlocale(LC_CTYPE, "C.UTF-8")
        return isUTF8()
    }

    /// Whether the current character set is UTF-8.
    public static func isUTF8() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
