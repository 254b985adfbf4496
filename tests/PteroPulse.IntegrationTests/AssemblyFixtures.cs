using PteroPulse.TestSupport;

[assembly: AssemblyFixture(typeof(RabbitMqFixture))]
[assembly: AssemblyFixture(typeof(RedisFixture))]
