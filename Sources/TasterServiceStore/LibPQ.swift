import CLibPQ
import Foundation

/// libpq, loaded when a library service's store is first used rather than when taster starts.
///
/// Linking libpq into the executable made every start slower, the embedded store's too: the
/// loader had to map libpq and the twenty-odd libraries it brings (TLS, Kerberos, LDAP) before
/// the first screen. So the executable does not link it: the header gives the types, and the
/// functions are looked up here, once, with `dlopen`. A terminal that never names a server
/// never loads it.
struct LibPQ: @unchecked Sendable {
    /// The library's file, as Debian's `libpq5` installs it (the `.so` without a number comes
    /// only with `libpq-dev`).
    static let fileNames = ["libpq.so.5", "libpq.so"]

    let conninfoParse: @convention(c) (UnsafePointer<CChar>?, UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> UnsafeMutablePointer<PQconninfoOption>?
    let conninfoFree: @convention(c) (UnsafeMutablePointer<PQconninfoOption>?) -> Void
    let freemem: @convention(c) (UnsafeMutableRawPointer?) -> Void
    let connectdbParams: @convention(c) (UnsafePointer<UnsafePointer<CChar>?>?, UnsafePointer<UnsafePointer<CChar>?>?, Int32) -> OpaquePointer?
    let status: @convention(c) (OpaquePointer?) -> ConnStatusType
    let errorMessage: @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<CChar>?
    let finish: @convention(c) (OpaquePointer?) -> Void
    let serverVersion: @convention(c) (OpaquePointer?) -> Int32
    let exec: @convention(c) (OpaquePointer?, UnsafePointer<CChar>?) -> OpaquePointer?
    let execParams: @convention(c) (
        OpaquePointer?, UnsafePointer<CChar>?, Int32, UnsafePointer<Oid>?, UnsafePointer<UnsafePointer<CChar>?>?,
        UnsafePointer<Int32>?, UnsafePointer<Int32>?, Int32
    ) -> OpaquePointer?
    let resultStatus: @convention(c) (OpaquePointer?) -> ExecStatusType
    let resultErrorField: @convention(c) (OpaquePointer?, Int32) -> UnsafeMutablePointer<CChar>?
    let resultErrorMessage: @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<CChar>?
    let clear: @convention(c) (OpaquePointer?) -> Void
    let nfields: @convention(c) (OpaquePointer?) -> Int32
    let ntuples: @convention(c) (OpaquePointer?) -> Int32
    let fname: @convention(c) (OpaquePointer?, Int32) -> UnsafeMutablePointer<CChar>?
    let getisnull: @convention(c) (OpaquePointer?, Int32, Int32) -> Int32
    let getvalue: @convention(c) (OpaquePointer?, Int32, Int32) -> UnsafeMutablePointer<CChar>?
    let setNoticeProcessor: @convention(c) (OpaquePointer?, PQnoticeProcessor?, UnsafeMutableRawPointer?) -> PQnoticeProcessor?

    /// The library, loaded on first use; the same answer every time after.
    static let loaded: Result<LibPQ, PostgresError> = load()

    /// The library, or ``PostgresError/clientMissing(detail:)`` when it is not installed.
    static func shared() throws(PostgresError) -> LibPQ {
        try loaded.get()
    }

    private static func load() -> Result<LibPQ, PostgresError> {
        var handle: UnsafeMutableRawPointer?
        var reason = ""
        for name in fileNames {
            handle = dlopen(name, RTLD_NOW | RTLD_LOCAL)
            if handle != nil { break }
            reason = dlerror().map { String(cString: $0) } ?? "\(name) was not found"
        }
        guard let handle else { return .failure(.clientMissing(detail: reason)) }
        /// A function that is not there stops the loading with its name.
        struct Missing: Error { let name: String }
        func symbol<Function>(_ name: String, as type: Function.Type) throws(Missing) -> Function {
            guard let address = dlsym(handle, name) else { throw Missing(name: name) }
            return unsafeBitCast(address, to: type)
        }
        do {
            return .success(try LibPQ(
            conninfoParse: try symbol("PQconninfoParse", as: (@convention(c) (UnsafePointer<CChar>?, UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> UnsafeMutablePointer<PQconninfoOption>?).self),
            conninfoFree: try symbol("PQconninfoFree", as: (@convention(c) (UnsafeMutablePointer<PQconninfoOption>?) -> Void).self),
            freemem: try symbol("PQfreemem", as: (@convention(c) (UnsafeMutableRawPointer?) -> Void).self),
            connectdbParams: try symbol("PQconnectdbParams", as: (@convention(c) (UnsafePointer<UnsafePointer<CChar>?>?, UnsafePointer<UnsafePointer<CChar>?>?, Int32) -> OpaquePointer?).self),
            status: try symbol("PQstatus", as: (@convention(c) (OpaquePointer?) -> ConnStatusType).self),
            errorMessage: try symbol("PQerrorMessage", as: (@convention(c) (OpaquePointer?) -> UnsafeMutablePointer<CChar>?).self),
            finish: try symbol("PQfinish", as: (@convention(c) (OpaquePointer?) -> Void).self),
            serverVersion: try symbol("PQserverVersion", as: (@convention(c) (OpaquePointer?) -> Int32).self),
            exec: try symbol("PQexec", as: (@convention(c) (OpaquePointer?, UnsafePointer<CChar>?) -> OpaquePointer?).self),
            execParams: try symbol("PQexecParams", as: (@convention(c) (
                OpaquePointer?, UnsafePointer<CChar>?, Int32, UnsafePointer<Oid>?, UnsafePointer<UnsafePointer<CChar>?>?,
                UnsafePointer<Int32>?, UnsafePointer<Int32>?, Int32) -> OpaquePointer?).self),
            resultStatus: try symbol("PQresultStatus", as: (@convention(c) (OpaquePointer?) -> ExecStatusType).self),
            resultErrorField: try symbol("PQresultErrorField", as: (@convention(c) (OpaquePointer?, Int32) -> UnsafeMutablePointer<CChar>?).self),
            resultErrorMessage: try symbol("PQresultErrorMessage", as: (@convention(c) (OpaquePointer?) -> UnsafeMutablePointer<CChar>?).self),
            clear: try symbol("PQclear", as: (@convention(c) (OpaquePointer?) -> Void).self),
            nfields: try symbol("PQnfields", as: (@convention(c) (OpaquePointer?) -> Int32).self),
            ntuples: try symbol("PQntuples", as: (@convention(c) (OpaquePointer?) -> Int32).self),
            fname: try symbol("PQfname", as: (@convention(c) (OpaquePointer?, Int32) -> UnsafeMutablePointer<CChar>?).self),
            getisnull: try symbol("PQgetisnull", as: (@convention(c) (OpaquePointer?, Int32, Int32) -> Int32).self),
            getvalue: try symbol("PQgetvalue", as: (@convention(c) (OpaquePointer?, Int32, Int32) -> UnsafeMutablePointer<CChar>?).self),
            setNoticeProcessor: try symbol("PQsetNoticeProcessor", as: (@convention(c) (OpaquePointer?, PQnoticeProcessor?, UnsafeMutableRawPointer?) -> PQnoticeProcessor?).self)))
        } catch {
            return .failure(.clientMissing(detail: "the libpq found has no \(error.name)"))
        }
    }
}
