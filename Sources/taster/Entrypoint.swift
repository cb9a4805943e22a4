import Foundation
import TasterCommands

/// Starts taster.
@main
struct Entrypoint {
    static func main() {
        // A process that writes past its file-size limit (`ulimit -f`, RLIMIT_FSIZE) is killed by
        // SIGXFSZ unless it ignores it. Ignored, the write fails with EFBIG instead, SQLite
        // reports an error, and the learner is told kindly and carries on without saving.
        signal(SIGXFSZ, SIG_IGN)
        // The composition root: the live environment is built here, once, for the whole run.
        TasterCommand.main(in: .live())
    }
}
