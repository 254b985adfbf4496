using PteroPulse.TestSupport;

// One real redis-server for the whole assembly (or the one the test script started).
[assembly: AssemblyFixture(typeof(RedisFixture))]
