namespace BuenaMock.Errors;

/// <summary>One invalid input: the parameter or body field, and what is wrong with it.</summary>
internal sealed record FieldError(string Field, string Message);
