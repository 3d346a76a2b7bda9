return await BuenaMock.BuenaMockHost.RunAsync(args);
