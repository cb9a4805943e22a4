/// A subcommand that uses the progress store: the composition root checks the store it names
/// (``TasterEnvironment/storeChoice(_:)``) before running it, so a store that cannot be used is
/// said once, in the reader's words, before anything is opened.
protocol StoreUsingCommand: TasterSubcommand {
    /// Where the store is.
    var data: DataOptions { get }
}

extension StartCommand: StoreUsingCommand {}
extension KioskCommand: StoreUsingCommand {}
extension CertificateCommand: StoreUsingCommand {}
extension LearnerExportCommand: StoreUsingCommand {}
extension LearnerForgetCommand: StoreUsingCommand {}
extension LearnerShowCommand: StoreUsingCommand {}
extension PurgeCommand: StoreUsingCommand {}
extension ReportCommand: StoreUsingCommand {}
extension SessionClearCommand: StoreUsingCommand {}
extension SessionEndCommand: StoreUsingCommand {}
extension SessionListCommand: StoreUsingCommand {}
extension SessionStartCommand: StoreUsingCommand {}
extension SessionWatchCommand: StoreUsingCommand {}
extension VolunteerPassphraseCommand: StoreUsingCommand {}
