import Foundation

/// A store that takes the events a terminal kept in its ``Outbox`` while the store could not be
/// reached: implemented by the library service's store.
///
/// There is no default body: a backend that receives must say how.
public protocol OutboxReceiving: Sendable {
    /// Applies `events` in order, in one transaction: all of them or none. An event whose id the
    /// store has seen before changes nothing, so a batch sent twice (the terminal stopped after
    /// the store committed and before it crossed the events off) is absorbed.
    func receive(_ events: [OutboxEvent]) throws(StoreError)
}
