using System.Net;
using System.Text;
using RepSense.Ingest;

namespace RepSense.Cli.Commands.Live;

/// <summary>
/// A minimal HTTP endpoint for Sensor Logger's push: listens on http://127.0.0.1:PORT/ (loopback only), answers
/// each POST with 200 at once and hands its body on, one message at a time, in the order received. Other methods
/// get 405.
/// </summary>
internal sealed class PushServer : IDisposable
{
    private readonly HttpListener _listener = new();

    public PushServer(int port)
    {
        Url = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(Url);
        try
        {
            _listener.Start();
        }
        catch (HttpListenerException ex)
        {
            throw new RepSenseException($"{Url} could not be listened on: {ex.Message.TrimEnd('.')} (is the port in use?).", ex);
        }
    }

    public string Url { get; }

    /// <summary>Serves until <paramref name="stop"/> is cancelled, calling <paramref name="onMessage"/> with each body.</summary>
    public void Run(Action<string> onMessage, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            HttpListenerContext request;
            try
            {
                request = _listener.GetContextAsync().WaitAsync(stop).GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
                return;
            }
            var response = request.Response;
            string? body = null;
            if (request.Request.HttpMethod == "POST")
            {
                using var reader = new StreamReader(request.Request.InputStream, request.Request.ContentEncoding ?? Encoding.UTF8);
                body = reader.ReadToEnd();
            }
            response.StatusCode = (int)(body is null ? HttpStatusCode.MethodNotAllowed : HttpStatusCode.OK);
            response.ContentLength64 = 0;
            response.Close();
            if (body is null) continue;
            onMessage(body);
        }
    }

    public void Dispose() => _listener.Close();
}
