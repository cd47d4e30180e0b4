package th.prongsai.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 12, item 13: malformed requests to every write endpoint of tenant-service, one row each. Every row must
 * answer a 4xx platform problem (never 500, never a Spring default body) and leave every table as it was.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputCatalogueIT extends RunningService {

    static final JsonMapper JSON = JsonMapper.shared();
    static final String JSON_TYPE = "application/json";
    static final String CSV_HEADER = "code,nameTh,nameEn,type,province,district,dlaCode,website\n";
    static final String BOUNDARY = "catalogue-boundary";

    /** Who sends a row: nobody (login), the national admin, or the fixture officer (own password). */
    enum Sender {
        NOBODY,
        ADMIN,
        OFFICER
    }

    record Row(String name, Sender sender, String method, String path, String contentType, byte[] body) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** What a JSON field is, so that its bad values can be made. */
    record Field(String name, Kind kind, boolean required, int max, List<String> enumValues) {
        static Field text(String name, boolean required, int max) {
            return new Field(name, Kind.TEXT, required, max, List.of());
        }

        static Field choice(String name, boolean required, String... values) {
            return new Field(name, Kind.ENUM, required, 40, List.of(values));
        }

        static Field list(String name, String... values) {
            return new Field(name, Kind.ENUM_LIST, true, 10, List.of(values));
        }
    }

    enum Kind {
        TEXT,
        ENUM,
        ENUM_LIST
    }

    final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    String adminToken;
    String officerToken;
    String tenant;
    String officer;

    @BeforeAll
    void fixtures() {
        Http http = new Http(port);
        adminToken = http.token("admin", "demo");
        tenant = remembered("cat-" + UUID.randomUUID().toString().substring(0, 8));
        Http.Response created = http.post(
                "/api/tenants",
                adminToken,
                Map.of(
                        "code",
                        tenant,
                        "nameTh",
                        "เทศบาลทดสอบ",
                        "nameEn",
                        "Catalogue test",
                        "type",
                        "TOWN_MUNICIPALITY",
                        "province",
                        "23"));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        officer = tenant + ".officer";
        officerToken = http.token(officer, "demo");
    }

    Stream<Row> rows() {
        List<Row> rows = new ArrayList<>();
        String code = "cat-new-" + UUID.randomUUID().toString().substring(0, 6);

        // POST /api/auth/token
        json(
                rows,
                "token",
                Sender.NOBODY,
                "/api/auth/token",
                template("username", "admin", "password", "not-the-password"),
                List.of(Field.text("username", true, 64), Field.text("password", true, 200)));

        // POST /api/tenants
        json(
                rows,
                "tenant create",
                Sender.ADMIN,
                "/api/tenants",
                template(
                        "code",
                        code,
                        "nameTh",
                        "เทศบาลใหม่",
                        "nameEn",
                        "New town",
                        "type",
                        "TOWN_MUNICIPALITY",
                        "province",
                        "23",
                        "district",
                        "เมือง",
                        "dlaCode",
                        "1234567",
                        "website",
                        "https://example.go.th"),
                List.of(
                        Field.text("code", true, 40),
                        Field.text("nameTh", true, 200),
                        Field.text("nameEn", true, 200),
                        Field.choice("type", true, "PAO", "TOWN_MUNICIPALITY"),
                        Field.text("province", true, 2),
                        Field.text("district", false, 100),
                        Field.text("dlaCode", false, 7),
                        Field.text("website", false, 300)));
        Map<String, Object> tenantBody = template(
                "code",
                code,
                "nameTh",
                "เทศบาลใหม่",
                "nameEn",
                "New town",
                "type",
                "TOWN_MUNICIPALITY",
                "province",
                "23");
        rows.add(jsonRow(
                "tenant create: the type as the number 0 (coercion to PAO)",
                Sender.ADMIN,
                "/api/tenants",
                with(tenantBody, "type", 0)));
        rows.add(jsonRow(
                "tenant create: a bad code pattern",
                Sender.ADMIN,
                "/api/tenants",
                with(tenantBody, "code", "Bad_Code")));
        rows.add(jsonRow(
                "tenant create: an unknown province",
                Sender.ADMIN,
                "/api/tenants",
                with(tenantBody, "province", "00")));
        rows.add(jsonRow(
                "tenant create: a province of letters",
                Sender.ADMIN,
                "/api/tenants",
                with(tenantBody, "province", "ab")));
        rows.add(jsonRow(
                "tenant create: a dla code of 6 digits",
                Sender.ADMIN,
                "/api/tenants",
                with(tenantBody, "dlaCode", "123456")));
        rows.add(jsonRow(
                "tenant create: a website that is not http",
                Sender.ADMIN,
                "/api/tenants",
                with(tenantBody, "website", "javascript:alert(1)")));
        rows.add(jsonRow(
                "tenant create: the existing tenant's name with NUL",
                Sender.ADMIN,
                "/api/tenants",
                with(with(tenantBody, "code", tenant), "nameTh", "เทศบาล\u0000")));
        rows.add(jsonRow(
                "tenant create: blank names",
                Sender.ADMIN,
                "/api/tenants",
                with(with(tenantBody, "nameTh", "   "), "nameEn", "")));

        // POST /api/users
        String newUser = "cat-user-" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> userBody = template(
                "username",
                newUser,
                "password",
                "long-enough-1",
                "roles",
                List.of("MUNICIPAL_OFFICER"),
                "tenant",
                tenant,
                "position",
                "OFFICER",
                "displayName",
                "สมชาย");
        json(
                rows,
                "user create",
                Sender.ADMIN,
                "/api/users",
                userBody,
                List.of(
                        Field.text("username", true, 64), Field.text("password", true, 200),
                        Field.list("roles", "MUNICIPAL_OFFICER"), Field.text("tenant", false, 40),
                        Field.choice("position", false, "OFFICER", "MAYOR"), Field.text("displayName", false, 200)));
        rows.add(jsonRow(
                "user create: a password of 7 characters",
                Sender.ADMIN,
                "/api/users",
                with(userBody, "password", "1234567")));
        rows.add(jsonRow("user create: roles empty", Sender.ADMIN, "/api/users", with(userBody, "roles", List.of())));
        rows.add(jsonRow(
                "user create: the role SERVICE",
                Sender.ADMIN,
                "/api/users",
                with(userBody, "roles", List.of("SERVICE"))));
        rows.add(jsonRow(
                "user create: roles of two scopes",
                Sender.ADMIN,
                "/api/users",
                with(userBody, "roles", List.of("MUNICIPAL_OFFICER", "NATIONAL_ADMIN"))));
        rows.add(jsonRow(
                "user create: an unknown tenant",
                Sender.ADMIN,
                "/api/users",
                with(userBody, "tenant", "no-such-tenant")));
        rows.add(jsonRow(
                "user create: the reserved name me", Sender.ADMIN, "/api/users", with(userBody, "username", "me")));
        rows.add(jsonRow(
                "user create: the username with a space",
                Sender.ADMIN,
                "/api/users",
                with(userBody, "username", "a b")));
        rows.add(jsonRow(
                "user create: a provincial officer without a province",
                Sender.ADMIN,
                "/api/users",
                template("username", newUser, "password", "long-enough-1", "roles", List.of("PROVINCIAL_OFFICER"))));
        rows.add(jsonRow(
                "user create: the position as the number 3",
                Sender.ADMIN,
                "/api/users",
                with(userBody, "position", 3)));

        // POST /api/users/{username}/password (admin reset) and /api/users/me/password
        json(
                rows,
                "password reset",
                Sender.ADMIN,
                "/api/users/" + tenant + ".clerk/password",
                template("newPassword", "a-new-password-1"),
                List.of(Field.text("newPassword", true, 200)));
        rows.add(jsonRow(
                "password reset: 7 characters",
                Sender.ADMIN,
                "/api/users/" + tenant + ".clerk/password",
                template("newPassword", "1234567")));
        json(
                rows,
                "own password",
                Sender.OFFICER,
                "/api/users/me/password",
                template("currentPassword", "demo", "newPassword", "a-new-password-2"),
                List.of(Field.text("currentPassword", true, 200), Field.text("newPassword", true, 200)));
        rows.add(jsonRow(
                "own password: the same as the current one",
                Sender.OFFICER,
                "/api/users/me/password",
                template("currentPassword", "demo", "newPassword", "demo")));

        // paths of the body-less writes
        for (String action : List.of("suspend", "activate", "provision", "archive")) {
            for (String bad :
                    List.of("A", "x".repeat(41), "Bad_Code", "%00", "%E0%B8%81", "..%2f", "9abc", "no-such-tenant-x")) {
                rows.add(new Row(
                        "tenant " + action + ": code " + bad,
                        Sender.ADMIN,
                        "POST",
                        "/api/tenants/" + bad + "/" + action,
                        null,
                        null));
            }
        }
        for (String action : List.of("disable", "enable", "password")) {
            for (String bad : List.of("a", "x".repeat(65), "bad%20name", "%E0%B8%81", "%00", "no-such-user-x")) {
                byte[] body = action.equals("password") ? bytes("{\"newPassword\":\"a-new-password-3\"}") : null;
                rows.add(new Row(
                        "user " + action + ": name " + bad,
                        Sender.ADMIN,
                        "POST",
                        "/api/users/" + bad + "/" + action,
                        body == null ? null : JSON_TYPE,
                        body));
            }
        }
        for (String bad : List.of("abc", "1.5", "-1", "99999999999999999999", "0", "999999999")) {
            rows.add(new Row(
                    "job resume: id " + bad,
                    Sender.ADMIN,
                    "POST",
                    "/api/onboarding-jobs/" + bad + "/resume",
                    null,
                    null));
        }

        // bulk onboarding: files that are not a clean registry, and requests that are not a file
        String goodLine = code + "-b,เทศบาลใหม่,New town,TOWN_MUNICIPALITY,23,,,\n";
        for (String path : List.of("/api/onboarding-jobs", "/api/onboarding-jobs/preview")) {
            String what = path.endsWith("preview") ? "job preview" : "job create";
            rows.add(new Row(what + ": an empty body", Sender.ADMIN, "POST", path, "text/csv", new byte[0]));
            rows.add(new Row(what + ": no body at all", Sender.ADMIN, "POST", path, null, null));
            rows.add(new Row(
                    what + ": multipart without a boundary",
                    Sender.ADMIN,
                    "POST",
                    path,
                    "multipart/form-data",
                    bytes("--x\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n" + CSV_HEADER
                            + "\r\n--x--\r\n")));
            rows.add(new Row(
                    what + ": multipart with an empty boundary",
                    Sender.ADMIN,
                    "POST",
                    path,
                    "multipart/form-data; boundary=",
                    bytes("--\r\n\r\n--")));
            rows.add(new Row(
                    what + ": multipart cut before the closing boundary",
                    Sender.ADMIN,
                    "POST",
                    path,
                    "multipart/form-data; boundary=" + BOUNDARY,
                    bytes("--" + BOUNDARY
                            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"r.csv\"\r\n\r\n"
                            + CSV_HEADER + goodLine)));
            rows.add(new Row(
                    what + ": multipart without the file part",
                    Sender.ADMIN,
                    "POST",
                    path,
                    "multipart/form-data; boundary=" + BOUNDARY,
                    multipart("other", CSV_HEADER + goodLine)));
            rows.add(new Row(
                    what + ": multipart with an empty file",
                    Sender.ADMIN,
                    "POST",
                    path,
                    "multipart/form-data; boundary=" + BOUNDARY,
                    multipart("file", "")));
        }
        String csvPath = "/api/onboarding-jobs";
        rows.add(csv("job create: only the header", CSV_HEADER));
        rows.add(csv("job create: a wrong header", "code,name\n" + goodLine));
        rows.add(csv("job create: a row of 3 fields", CSV_HEADER + "a,b,c\n"));
        rows.add(csv("job create: a NUL in a name", CSV_HEADER + code + "-c,เทศบาล\u0000,New,SAO,23,,,\n"));
        rows.add(csv("job create: a BEL in a district", CSV_HEADER + code + "-d,เทศบาล,New,SAO,23,เมือง\u0007,,\n"));
        rows.add(csv("job create: an unknown type", CSV_HEADER + code + "-e,เทศบาล,New,KINGDOM,23,,,\n"));
        rows.add(csv("job create: the type 0", CSV_HEADER + code + "-e,เทศบาล,New,0,23,,,\n"));
        rows.add(csv("job create: an unknown province", CSV_HEADER + code + "-f,เทศบาล,New,SAO,00,,,\n"));
        rows.add(csv("job create: a bad code", CSV_HEADER + "Bad Code,เทศบาล,New,SAO,23,,,\n"));
        rows.add(csv(
                "job create: a name of 201 characters",
                CSV_HEADER + code + "-g," + "ก".repeat(201) + ",New,SAO,23,,,\n"));
        rows.add(csv("job create: one code twice", CSV_HEADER + goodLine + goodLine));
        rows.add(csv("job create: an unclosed quote", CSV_HEADER + code + "-h,\"เทศบาล,New,SAO,23,,,\n"));
        rows.add(new Row(
                "job create: overlong UTF-8 (C0 AF) in a name",
                Sender.ADMIN,
                "POST",
                csvPath,
                "text/csv",
                concat(
                        bytes(CSV_HEADER + code + "-i,เทศบาล"),
                        new byte[] {(byte) 0xC0, (byte) 0xAF},
                        bytes(",New,SAO,23,,,\n"))));
        rows.add(new Row(
                "job create: a byte that is never UTF-8 (FF)",
                Sender.ADMIN,
                "POST",
                csvPath,
                "text/csv",
                concat(bytes(CSV_HEADER + code + "-j,"), new byte[] {(byte) 0xFF}, bytes(",New,SAO,23,,,\n"))));
        rows.add(new Row(
                "job create: a raw CSV body of 21 MB",
                Sender.ADMIN,
                "POST",
                csvPath,
                "text/csv",
                bytes(CSV_HEADER + "x".repeat(21 * 1024 * 1024))));
        rows.add(new Row(
                "job create: a file of 21 MB as multipart",
                Sender.ADMIN,
                "POST",
                csvPath,
                "multipart/form-data; boundary=" + BOUNDARY,
                multipart("file", CSV_HEADER + "x".repeat(21 * 1024 * 1024))));

        // methods and paths that do not exist
        rows.add(new Row(
                "users: PUT to update (no such method)",
                Sender.ADMIN,
                "PUT",
                "/api/users/" + officer,
                JSON_TYPE,
                bytes("{\"roles\":[\"MUNICIPAL_ADMIN\"]}")));
        rows.add(new Row("users: DELETE", Sender.ADMIN, "DELETE", "/api/users/" + officer, null, null));
        rows.add(new Row("tenants: DELETE", Sender.ADMIN, "DELETE", "/api/tenants/" + tenant, null, null));
        rows.add(new Row(
                "tenants: PATCH",
                Sender.ADMIN,
                "PATCH",
                "/api/tenants/" + tenant,
                JSON_TYPE,
                bytes("{\"status\":\"ACTIVE\"}")));
        rows.add(new Row(
                "provinces: POST (read-only)",
                Sender.ADMIN,
                "POST",
                "/api/provinces",
                JSON_TYPE,
                bytes("{\"code\":\"99\",\"nameTh\":\"ใหม่\"}")));
        rows.add(new Row(
                "provinces: PUT one",
                Sender.ADMIN,
                "PUT",
                "/api/provinces/23",
                JSON_TYPE,
                bytes("{\"nameTh\":\"ใหม่\"}")));
        rows.add(new Row("auth: GET the token endpoint", Sender.ADMIN, "GET", "/api/auth/token", null, null));
        rows.add(new Row("an unknown path", Sender.ADMIN, "POST", "/api/no-such-thing", JSON_TYPE, bytes("{}")));
        return rows.stream();
    }

    /** The same malformed bodies for every JSON endpoint, and per field: missing, null, wrong types, too long... */
    void json(List<Row> rows, String what, Sender sender, String path, Map<String, Object> valid, List<Field> fields) {
        String text = JSON.writeValueAsString(valid);
        rows.add(new Row(
                what + ": malformed JSON",
                sender,
                "POST",
                path,
                JSON_TYPE,
                bytes(text.substring(0, text.length() / 2))));
        rows.add(new Row(what + ": an empty body", sender, "POST", path, JSON_TYPE, new byte[0]));
        rows.add(new Row(what + ": no body and no content type", sender, "POST", path, null, null));
        rows.add(new Row(what + ": JSON null", sender, "POST", path, JSON_TYPE, bytes("null")));
        rows.add(new Row(what + ": a JSON array", sender, "POST", path, JSON_TYPE, bytes("[" + text + "]")));
        rows.add(new Row(what + ": a JSON string", sender, "POST", path, JSON_TYPE, bytes("\"" + what + "\"")));
        rows.add(new Row(what + ": an empty object", sender, "POST", path, JSON_TYPE, bytes("{}")));
        rows.add(new Row(what + ": text/plain", sender, "POST", path, "text/plain", bytes(text)));
        rows.add(new Row(
                what + ": application/xml", sender, "POST", path, "application/xml", bytes("<a>" + text + "</a>")));
        rows.add(new Row(
                what + ": form-urlencoded", sender, "POST", path, "application/x-www-form-urlencoded", bytes("a=b")));
        rows.add(new Row(
                what + ": a body of 11 MB",
                sender,
                "POST",
                path,
                JSON_TYPE,
                bytes(text.substring(0, text.length() - 1) + ",\"padding\":\"" + "x".repeat(11 * 1024 * 1024)
                        + "\"}")));
        rows.add(new Row(what + ": trailing garbage", sender, "POST", path, JSON_TYPE, bytes(text + "}")));
        for (Field field : fields) {
            String name = what + ": " + field.name();
            if (field.required()) {
                Map<String, Object> missing = new LinkedHashMap<>(valid);
                missing.remove(field.name());
                rows.add(jsonRow(name + " missing", sender, path, missing));
                rows.add(jsonRow(name + " null", sender, path, with(valid, field.name(), null)));
            }
            rows.add(jsonRow(name + " an object", sender, path, with(valid, field.name(), Map.of("a", 1))));
            rows.add(jsonRow(name + " true", sender, path, with(valid, field.name(), true)));
            rows.add(jsonRow(name + " the number 1.5", sender, path, with(valid, field.name(), 1.5)));
            switch (field.kind()) {
                case TEXT -> {
                    rows.add(jsonRow(name + " an array", sender, path, with(valid, field.name(), List.of("a"))));
                    rows.add(jsonRow(
                            name + " too long",
                            sender,
                            path,
                            with(valid, field.name(), "a".repeat(Math.max(field.max(), 8) + 1))));
                    rows.add(jsonRow(name + " with NUL", sender, path, with(valid, field.name(), "abcdefgh\u0000")));
                    rows.add(jsonRow(name + " with BEL", sender, path, with(valid, field.name(), "abcdefgh\u0007")));
                    rows.add(new Row(
                            name + " a lone surrogate",
                            sender,
                            "POST",
                            path,
                            JSON_TYPE,
                            bytes(withRaw(valid, field.name(), "\"abcdefgh\\ud800\""))));
                    rows.add(new Row(
                            name + " overlong UTF-8 (C0 AF)",
                            sender,
                            "POST",
                            path,
                            JSON_TYPE,
                            withBytes(valid, field.name(), new byte[] {
                                'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', (byte) 0xC0, (byte) 0xAF
                            })));
                }
                case ENUM -> {
                    rows.add(jsonRow(name + " unknown", sender, path, with(valid, field.name(), "KING")));
                    rows.add(jsonRow(name + " the number 0", sender, path, with(valid, field.name(), 0)));
                    rows.add(jsonRow(
                            name + " in lower case",
                            sender,
                            path,
                            with(
                                    valid,
                                    field.name(),
                                    field.enumValues().getFirst().toLowerCase())));
                    rows.add(jsonRow(name + " an array", sender, path, with(valid, field.name(), field.enumValues())));
                }
                case ENUM_LIST -> {
                    rows.add(jsonRow(
                            name + " a string",
                            sender,
                            path,
                            with(valid, field.name(), field.enumValues().getFirst())));
                    rows.add(jsonRow(
                            name + " with an unknown value", sender, path, with(valid, field.name(), List.of("KING"))));
                    rows.add(jsonRow(name + " with 0", sender, path, with(valid, field.name(), List.of(0))));
                    rows.add(jsonRow(name + " with null", sender, path, with(valid, field.name(), Arrays.asList((Object)
                            null))));
                }
            }
        }
    }

    @Test
    void theCatalogueIsLargeEnough() {
        assertThat(rows().count()).isGreaterThanOrEqualTo(150);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void isRefusedAsAProblemAndStoresNothing(Row row) throws Exception {
        String before = state();
        HttpResponse<String> response = send(row);
        assertThat(response.statusCode())
                .as(row.name() + " -> " + response.body())
                .isBetween(400, 499)
                .isNotIn(401, 403, 409);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .as(row.name() + " -> " + response.body())
                .startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("type").asString())
                .as(row.name() + " -> " + response.body())
                .startsWith("https://prongsai.th/problems/");
        assertThat(problem.path("status").asInt()).isEqualTo(response.statusCode());
        assertThat(state()).as(row.name() + ": stored something").isEqualTo(before);
    }

    HttpResponse<String> send(Row row) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + row.path()))
                .timeout(Duration.ofSeconds(60))
                .method(
                        row.method(),
                        row.body() == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(row.body()));
        if (row.contentType() != null) {
            request.header("Content-Type", row.contentType());
        }
        String token = switch (row.sender()) {
            case NOBODY -> null;
            case ADMIN -> adminToken;
            case OFFICER -> officerToken;
        };
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(row.name() + ": the connection failed instead of an answer: " + e, e);
        }
    }

    /** Row counts of every table a write could touch, and a digest of the rows a write could change. */
    String state() {
        return jdbc.queryForObject("""
                SELECT (SELECT count(*) FROM tenancy.tenants) || '/' || (SELECT count(*) FROM tenancy.users)
                    || '/' || (SELECT count(*) FROM tenancy.onboarding_jobs)
                    || '/' || (SELECT count(*) FROM tenancy.onboarding_job_rows)
                    || '/' || (SELECT count(*) FROM tenancy.audit_log)
                    || '/' || (SELECT md5(string_agg(code || status || name_th || name_en, ',' ORDER BY code)) FROM tenancy.tenants)
                    || '/' || (SELECT md5(string_agg(username || password_hash || enabled || roles, ',' ORDER BY username))
                               FROM tenancy.users)
                """, String.class);
    }

    static Map<String, Object> template(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    static Row jsonRow(String name, Sender sender, String path, Map<String, Object> body) {
        return new Row(name, sender, "POST", path, JSON_TYPE, bytes(JSON.writeValueAsString(body)));
    }

    static Row csv(String name, String text) {
        return new Row(name, Sender.ADMIN, "POST", "/api/onboarding-jobs", "text/csv", bytes(text));
    }

    /** The JSON of {@code body} with the value of {@code key} replaced by raw JSON text. */
    static String withRaw(Map<String, Object> body, String key, String rawJson) {
        String marker = "\"@@RAW@@\"";
        return JSON.writeValueAsString(with(body, key, "@@RAW@@")).replace(marker, rawJson);
    }

    /** The JSON of {@code body} with the value of {@code key} a string made of raw bytes (possibly not UTF-8). */
    static byte[] withBytes(Map<String, Object> body, String key, byte[] raw) {
        String[] parts = JSON.writeValueAsString(with(body, key, "@@RAW@@")).split("@@RAW@@", 2);
        return concat(bytes(parts[0]), raw, bytes(parts[1]));
    }

    static byte[] multipart(String part, String content) {
        return bytes(
                "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\"r.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n" + content + "\r\n--" + BOUNDARY + "--\r\n");
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
