using System.Net;
using System.Text;
using RepSense.Ingest;
using RepSense.Ingest.Live;

namespace RepSense.Cli.Commands.Live;

/// <summary>
/// A minimal HTTP endpoint for Sensor Logger's push: listens on http://127.0.0.1:PORT/ (loopback only), parses each
/// POST's body (<see cref="SensorLoggerMessage.Parse"/>), answers at once (200, or 400 with one sentence saying what
/// was expected when the body is not a push) and hands the message on, bad ones included, one at a time, in the order
/// received. Other methods get 405.
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

    /// <summary>Serves until <paramref name="stop"/> is cancelled, calling <paramref name="onMessage"/> with each
    /// POST's message once it has been answered.</summary>
    public void Run(Action<SensorLoggerMessage> onMessage, CancellationToken stop)
    {
        long received = 0;
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
            SensorLoggerMessage? message = null;
            if (request.Request.HttpMethod == "POST")
            {
                using var reader = new StreamReader(request.Request.InputStream, request.Request.ContentEncoding ?? Encoding.UTF8);
                message = SensorLoggerMessage.Parse(reader.ReadToEnd(), ++received);
            }
            if (message is null) Answer(response, HttpStatusCode.MethodNotAllowed, null);
            else if (message.Error is { } error) Answer(response, HttpStatusCode.BadRequest, error + ".");
            else Answer(response, HttpStatusCode.OK, null);
            if (message is not null) onMessage(message);
        }
    }

    private static void Answer(HttpListenerResponse response, HttpStatusCode status, string? text)
    {
        response.StatusCode = (int)status;
        byte[] body = text is null ? [] : Encoding.UTF8.GetBytes(text + "\n");
        if (text is not null) response.ContentType = "text/plain; charset=utf-8";
        response.ContentLength64 = body.Length;
        response.OutputStream.Write(body);
        response.Close();
    }

    public void Dispose() => _listener.Close();
}
