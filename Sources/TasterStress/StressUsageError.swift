/// A mistake on the command line.
struct StressUsageError: Error {
    /// What is wrong.
    let message: String

    /// A mistake described by `message`.
    init(_ message: String) { self.message = message }

    /// How to call the program.
    static let usage = """
        usage: taster-stress MODE --data-dir DIR [options]
          record  --learner-index N --events E   write E step events for a new learner; prints "ok <rows>"
          raw     --learner-index N --events E   the same work through the SQLite C API; prints "ok <rows>"
          forever [--learner-index N]            prints "learner <code>", then "<k>" after each returned write
          latency --events E --via store|raw     prints "ok <events> <median-us> <p99-us> <mean-us>"
          open                                   opens the store; prints "ok" or "error <message>"
        """
}
