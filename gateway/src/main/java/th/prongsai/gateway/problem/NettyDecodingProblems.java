package th.prongsai.gateway.problem;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;
import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;

/**
 * Requests that Netty cannot even decode (headers over {@code server.max-http-request-header-size}, a request
 * line too long, a malformed request line) are answered by Reactor Netty itself with an empty 431/414/400, and
 * a request line whose URI is not a URI (a raw backslash) by Spring's adapter with an empty 400, all before any
 * WebFlux filter runs. This handler sits right behind the HTTP codec and answers them with the platform's
 * problem JSON instead, then closes the connection as Reactor Netty would.
 */
@Component
class NettyDecodingProblems implements NettyServerCustomizer {

    static final String HANDLER_NAME = "prongsai.decodingProblems";

    @Override
    public HttpServer apply(HttpServer server) {
        return server.doOnChannelInit((observer, channel, remoteAddress) -> {
            if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
                channel.pipeline().addAfter(NettyPipeline.HttpCodec, HANDLER_NAME, new Handler());
            }
        });
    }

    /** One per connection: after a failure everything else the client sends is dropped until the close. */
    private static final class Handler extends ChannelInboundHandlerAdapter {

        private boolean failed;

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object message) {
            if (failed) {
                ReferenceCountUtil.release(message);
                return;
            }
            Throwable cause = null;
            if (message instanceof HttpObject http && http.decoderResult().isFailure()) {
                cause = http.decoderResult().cause();
            } else if (message instanceof HttpRequest request
                    && !isUri(request.uri(), request.headers().get(HttpHeaderNames.HOST))) {
                cause = new IllegalArgumentException("not a URI");
            }
            if (cause != null) {
                failed = true;
                ReferenceCountUtil.release(message);
                ctx.writeAndFlush(problem(cause)).addListener(ChannelFutureListener.CLOSE);
                return;
            }
            ctx.fireChannelRead(message);
        }

        /** What Spring's adapter needs to build the request's URI, or it answers an empty 400. */
        private static boolean isUri(String uri, String host) {
            try {
                new URI(uri);
                if (host != null) {
                    new URI("http://" + host + "/");
                }
                return true;
            } catch (URISyntaxException e) {
                return false;
            }
        }

        private static FullHttpResponse problem(Throwable cause) {
            HttpStatus status;
            String detail;
            if (cause instanceof TooLongHttpHeaderException) {
                status = HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE;
                detail = "ส่วนหัวของคำขอมีขนาดใหญ่เกินกำหนด";
            } else if (cause instanceof TooLongHttpLineException) {
                status = HttpStatus.URI_TOO_LONG;
                detail = "ที่อยู่ของคำขอยาวเกินกำหนด";
            } else if (cause instanceof TooLongFrameException) {
                status = HttpStatus.CONTENT_TOO_LARGE;
                detail = "ข้อมูลที่ส่งมีขนาดใหญ่เกินกำหนด";
            } else {
                status = HttpStatus.BAD_REQUEST;
                detail = "คำขอมีรูปแบบไม่ถูกต้อง";
            }
            byte[] body = Problems.body(status, Problems.titleOf(status), detail, null);
            FullHttpResponse response = new DefaultFullHttpResponse(
                    HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(status.value()), Unpooled.wrappedBuffer(body));
            response.headers()
                    .set(HttpHeaderNames.CONTENT_TYPE, Problems.PROBLEM_JSON.toString())
                    .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length)
                    .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            return response;
        }
    }
}
