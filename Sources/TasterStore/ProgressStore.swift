/// Everything a store backend offers: the learner's side (``ProgressRecording``), the
/// volunteers' sessions (``VolunteerSessions``) and views (``VolunteerWatching``), and its
/// chores (``StoreUpkeep``). ``StoreOpener`` hands one out for a ``StoreAddress``.
public typealias ProgressStore = ProgressRecording & VolunteerSessions & VolunteerWatching & StoreUpkeep
