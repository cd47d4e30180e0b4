package th.prongsai.report.replay;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import th.prongsai.report.replay.FeedReplay.Replayed;

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
