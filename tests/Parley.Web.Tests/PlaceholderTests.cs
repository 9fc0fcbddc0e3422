namespace Parley.Web.Tests;

public class WebProjectTests
{
    [Fact]
    public void WebAssemblyLoads() => Assert.Equal("Parley.Web", typeof(Parley.Web.WebHost).Assembly.GetName().Name);
}
