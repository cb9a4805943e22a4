import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Descriptors as a program started from a test should find them: only the ones it was given.
///
/// Tests run side by side, and a descriptor another test has open without close-on-exec (a
/// script being written, a pipe) would otherwise be inherited by every program started at that
/// moment and held for its whole life: a script then cannot be run ("text file busy") and a
/// pipe never sees its end.
public enum ChildDescriptors {
    /// Adds to `actions` the closing of every descriptor from `lowest` up in the new program;
    /// false when this C library cannot (glibc before 2.34).
    @discardableResult
    public static func closeAll(from lowest: Int32, in actions: inout posix_spawn_file_actions_t) -> Bool {
        guard let addCloseFrom else { return false }
        return addCloseFrom(&actions, lowest) == 0
    }

    /// `posix_spawn_file_actions_addclosefrom_np`, which Glibc does not export to Swift.
    private static let addCloseFrom: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32)? = {
        guard let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32).self)
    }()
}
