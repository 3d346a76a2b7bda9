namespace BuenaMock.Faults;

/// <summary>
/// The faults an error rate chooses from. <see cref="Internal"/> and <see cref="Unavailable"/> answer in
/// the error envelope before the route runs; <see cref="Empty"/> and <see cref="Malformed"/> garble the
/// route's real answer on the wire (so the request did take effect); <see cref="Reset"/> aborts the
/// connection before anything is sent. Named by <see cref="FaultKinds"/>.
/// </summary>
internal enum FaultKind
{
    Internal,
    Unavailable,
    Empty,
    Malformed,
    Reset,
}
