package dev.newsie.serve;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * The figures a monitoring system scrapes from {@code GET /metrics} (Prometheus text format): requests and
 * their latency per endpoint and status, error responses, pages done and their rate, and how full the
 * admission queue is.
 */
public final class ServiceMetrics {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final PageRate rate = new PageRate(System::currentTimeMillis);

    public ServiceMetrics() {
        Gauge.builder("newsie_pages_per_second", rate, PageRate::perSecond)
                .description("Pages finished per second over the last minute").register(registry);
    }

    /** Gauges read from the service: pages admitted (working or waiting) and whether models are loaded. */
    void watch(Supplier<Number> pagesAdmitted, Supplier<Boolean> ready) {
        Gauge.builder("newsie_pages_admitted", () -> pagesAdmitted.get())
                .description("Pages being worked on or waiting for a worker").register(registry);
        Gauge.builder("newsie_ready", () -> ready.get() ? 1 : 0)
                .description("1 once the models are loaded").register(registry);
    }

    /** One HTTP request answered; statuses from 400 up also count as errors. */
    public void request(String endpoint, int status, Duration took) {
        Timer.builder("newsie_http_requests").description("HTTP requests by endpoint and status")
                .tags("endpoint", endpoint, "status", String.valueOf(status))
                .publishPercentiles(0.5, 0.99).register(registry).record(took);
        if (status >= 400) {
            Counter.builder("newsie_http_errors").description("Error responses by endpoint and status")
                    .tags("endpoint", endpoint, "status", String.valueOf(status)).register(registry).increment();
        }
    }

    /** One page finished, as a record or as an error record. */
    public void page(boolean failed) {
        Counter.builder("newsie_pages").description("Pages processed, by outcome")
                .tag("outcome", failed ? "error" : "ok").register(registry).increment();
        rate.record();
    }

    /** The Prometheus text exposition of every metric. */
    public String scrape() {
        return registry.scrape();
    }
}
