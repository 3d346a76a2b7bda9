// The mock is run from the repository with `dotnet run` (its binary sits in bin/, on no PATH), so its
// --help shows that command; the installed tool shows `buenamock serve`.
return await BuenaMock.BuenaMockHost.RunAsync(args, "dotnet run --project mock-server --");
