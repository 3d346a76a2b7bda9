global using FluentAssertions;
global using Microsoft.Playwright;
global using Xunit;
