package th.prongsai.tenant.bulk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import th.prongsai.tenancy.security.Callers;

/** Bulk onboarding from a registry CSV: a preview that stores nothing, then a job that runs in the background. */
@RestController
@RequestMapping("/api/onboarding-jobs")
class OnboardingJobController {

    private final OnboardingJobs jobs;

    OnboardingJobController(OnboardingJobs jobs) {
        this.jobs = jobs;
    }

    @PostMapping(path = "/preview", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    OnboardingJobs.Preview previewFile(@RequestParam("file") MultipartFile file) {
        return jobs.preview(bytes(file));
    }

    @PostMapping("/preview")
    OnboardingJobs.Preview preview(@RequestBody(required = false) byte[] csv) {
        return jobs.preview(csv);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<OnboardingJobs.JobView> createFromFile(@RequestParam("file") MultipartFile file) {
        return created(jobs.create(Callers.current(), bytes(file)));
    }

    @PostMapping
    ResponseEntity<OnboardingJobs.JobView> create(@RequestBody(required = false) byte[] csv) {
        return created(jobs.create(Callers.current(), csv));
    }

    @GetMapping
    List<OnboardingJobs.JobView> list(@RequestParam(defaultValue = "20") int limit) {
        return jobs.latest(Math.clamp(limit, 1, 100));
    }

    @GetMapping("/{id}")
    OnboardingJobs.JobView get(@PathVariable long id) {
        return jobs.view(id);
    }

    @PostMapping("/{id}/resume")
    OnboardingJobs.JobView resume(@PathVariable long id) {
        return jobs.resume(id);
    }

    private static ResponseEntity<OnboardingJobs.JobView> created(OnboardingJobs.JobView job) {
        return ResponseEntity.created(URI.create("/api/onboarding-jobs/" + job.id()))
                .body(job);
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
