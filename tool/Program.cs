using BuenaMock;
using BuenaMock.Tool;

// The first word picks the command. serve's options are the mock's own (OptionsLoader parses them and
// prints their help), so only the word itself is read here.
return args switch
{
    ["serve", .. var rest] => await BuenaMockHost.RunAsync(rest, "buenamock serve"),
    ["verify", .. var rest] => await VerifyCommand.RunAsync(rest, Console.Out, Console.Error),
    ["--help" or "-h" or "-?" or "help"] => Usage.Print(Console.Out, 0),
    ["--version"] => await BuenaMockHost.RunAsync(args, "buenamock"),
    [] or [['-', ..], ..] => await BuenaMockHost.RunAsync(args, "buenamock"),
    [var unknown, ..] => Usage.Print(Console.Error, 2, $"Unknown command '{unknown}'."),
};
