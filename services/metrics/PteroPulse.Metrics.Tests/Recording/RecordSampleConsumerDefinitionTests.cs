using PteroPulse.Metrics.Recording;

namespace PteroPulse.Metrics.Tests.Recording;

public sealed class RecordSampleConsumerDefinitionTests
{
    [Theory]
    [InlineData("LOADING Redis is loading the dataset in memory")]
    [InlineData("READONLY You can't write against a read only replica.")]
    [InlineData("MASTERDOWN Link with MASTER is down")]
    public void Retries_server_errors_that_pass_when_redis_is_restarting_or_failing_over(string error)
    {
        Assert.True(RecordSampleConsumerDefinition.IsTransient(error));
    }

    [Theory]
    [InlineData("ERR Error running script (call to f_...): user_script:1: attempt to compare nil with number")]
    [InlineData("WRONGTYPE Operation against a key holding the wrong kind of value")]
    public void Does_not_retry_server_errors_that_would_fail_again(string error)
    {
        Assert.False(RecordSampleConsumerDefinition.IsTransient(error));
    }
}
