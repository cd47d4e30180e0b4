package th.prongsai.report.feed;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import th.prongsai.report.feed.FeedReplay.Replayed;

/** {@code POST /internal/analytics/replay} (role SERVICE, never routed by the gateway): the analytics backfill. */
@RestController
class FeedReplayController {

    private final FeedReplay replay;

    FeedReplayController(FeedReplay replay) {
        this.replay = replay;
    }

    @PostMapping("/internal/analytics/replay")
    Replayed replay() {
        return replay.replayAll();
    }
}
