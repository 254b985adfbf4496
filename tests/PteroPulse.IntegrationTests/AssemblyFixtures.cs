using PteroPulse.TestSupport;

[assembly: AssemblyFixture(typeof(RedisFixture))]
