package id.talenta.chassis.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The shape every service keeps (docs/architecture.md, "One shape for every service"), checked in each service's
 * build by its {@code ArchitectureTest}: the same packages, pure rules in {@code domain}, no persistence in
 * {@code api}, every SQL statement in {@code store}, no cycles between packages.
 */
public final class ServiceArchitecture {

    /** The packages every service has, beside its capability packages. */
    public static final List<String> PACKAGES = List.of("api", "domain", "store", "events", "privacy", "config");

    private final String base;
    private final JavaClasses classes;
    private final Path sources;

    private ServiceArchitecture(String base, JavaClasses classes, Path sources) {
        this.base = base;
        this.classes = classes;
        this.sources = sources;
    }

    /** The main classes of the service whose root package is {@code base} (e.g. {@code id.talenta.profile}). */
    public static ServiceArchitecture of(String base) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(base);
        return new ServiceArchitecture(base, classes, Path.of("src/main/java"));
    }

    /** Every package of {@link #PACKAGES} holds at least one class. */
    public void hasThePackagesOfEveryService() {
        Set<String> missing = new TreeSet<>(PACKAGES);
        for (JavaClass c : classes) {
            for (String p : PACKAGES) {
                if (c.getPackageName().equals(base + "." + p)
                        || c.getPackageName().startsWith(base + "." + p + ".")) {
                    missing.remove(p);
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new AssertionError(base + " lacks the package(s) " + missing + " every service has");
        }
    }

    /**
     * {@code domain} holds pure rules and value types: it depends on the JDK and itself only; entities may carry
     * their JPA mapping annotations and nothing else of a framework.
     */
    public void domainImportsNoFramework() {
        noClasses()
                .that()
                .resideInAPackage(base + ".domain..")
                .should()
                .dependOnClassesThat(DescribedPredicate.describe(
                        "are outside the JDK and the domain", (JavaClass target) -> !allowedInDomain(target)))
                .because("domain rules are pure Java, tested without any engine")
                .check(classes);
    }

    private boolean allowedInDomain(JavaClass target) {
        String name = target.getName();
        String pkg = target.getPackageName();
        return target.isPrimitive()
                || target.isArray() && allowedInDomain(target.getBaseComponentType())
                || pkg.startsWith("java.")
                || pkg.startsWith(base + ".domain")
                || pkg.startsWith("jakarta.persistence")
                || pkg.startsWith("org.hibernate.annotations")
                || name.equals("org.hibernate.type.SqlTypes")
                || pkg.startsWith("io.quarkus.hibernate.orm.panache");
    }

    /** {@code api} translates HTTP: no EntityManager, no JDBC, no SQL helper, no transactions. */
    public void apiUsesNoPersistenceOrTransactions() {
        noClasses()
                .that()
                .resideInAPackage(base + ".api..")
                .should()
                .dependOnClassesThat(DescribedPredicate.describe(
                        "persistence or transaction APIs",
                        (JavaClass t) -> t.getName().equals("jakarta.persistence.EntityManager")
                                || t.getName().startsWith("jakarta.persistence.Query")
                                || t.getName().startsWith("jakarta.persistence.TypedQuery")
                                || t.getPackageName().startsWith("java.sql")
                                || t.getPackageName().startsWith("io.agroal")
                                || t.getPackageName().startsWith("jakarta.transaction")
                                || t.getName().startsWith("io.quarkus.narayana.jta.QuarkusTransaction")
                                || t.getPackageName().equals("id.talenta.chassis.store")))
                .because("resources validate, call a service, map and return; services own transactions")
                .check(classes);
    }

    /** Only {@code store} runs SQL: no query is created, and no SQL helper used, anywhere else. */
    public void queriesOnlyInStore() {
        DescribedPredicate<JavaMethodCall> createsQuery = DescribedPredicate.describe(
                "create a query",
                (JavaMethodCall call) -> call.getTarget().getOwner().isAssignableTo("jakarta.persistence.EntityManager")
                        && call.getTarget().getName().startsWith("create")
                        && call.getTarget().getName().contains("Query"));
        noClasses()
                .that()
                .resideOutsideOfPackage(base + ".store..")
                .should()
                .callMethodWhere(createsQuery)
                .orShould()
                .dependOnClassesThat()
                .resideInAPackage("id.talenta.chassis.store")
                .because("every SQL statement of a service is in its store package")
                .check(classes);
    }

    /** No SQL text outside {@code store} (string literals and text blocks of the main sources). */
    public void sqlTextOnlyInStore() {
        List<String> found = new ArrayList<>();
        Path root = sources.resolve(base.replace('.', '/'));
        Path store = root.resolve("store");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && !f.startsWith(store))
                    .toList()) {
                sqlLiterals(Files.readString(file)).forEach(s -> found.add(root.relativize(file) + ": " + s));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!found.isEmpty()) {
            throw new AssertionError("SQL outside " + base + ".store:\n  " + String.join("\n  ", found));
        }
    }

    private static final Pattern LITERAL =
            Pattern.compile("'(?:[^'\\\\\\n]|\\\\.)+'|\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
    private static final Pattern SQL = Pattern.compile(
            "(?is)^\\s*(select\\s+(distinct\\s+)?[\\w.*():]+(\\s*,|\\s+as\\s|\\s+from\\s|\\s*$)|insert\\s+into\\s"
                    + "|update\\s+\\w+\\s+set\\s|delete\\s+from\\s|with\\s+\\w+\\s+as\\s*\\()|\\son\\s+conflict\\s"
                    + "|jsonb_to_recordset|\\sreturning\\s|pg_advisory|\\sfrom\\s+\\w+\\s+(\\w+\\s+)?(where|join|order\\s+by|group\\s+by)\\s");

    public static List<String> sqlLiterals(String source) {
        List<String> hits = new ArrayList<>();
        Matcher m = LITERAL.matcher(source);
        while (m.find()) {
            String text = m.group(1) != null ? m.group(1) : m.group(2);
            if (text != null && SQL.matcher(text).find()) {
                hits.add(text.length() > 80 ? text.substring(0, 80) + "…" : text);
            }
        }
        return hits;
    }

    /**
     * No cycles between the service's packages. Resources and consumers are entry points: nothing depends on them,
     * so their own calls are not counted. A capability service may then take and return the api's request and
     * response records (they are the contract it serves), and what a consumer calls may publish through
     * {@code events}.
     */
    public void packagesAreFreeOfCycles() {
        slices().matching(base + ".(*)..")
                .should()
                .beFreeOfCycles()
                .ignoreDependency(
                        DescribedPredicate.describe(
                                "an entry point (a resource or a consumer)",
                                (JavaClass c) -> isEntryPoint(c)
                                        || c.getEnclosingClass()
                                                .map(this::isEntryPoint)
                                                .orElse(false)),
                        DescribedPredicate.alwaysTrue())
                .check(classes);
    }

    private boolean isEntryPoint(JavaClass c) {
        return c.getPackageName().startsWith(base + ".events")
                        && c.getSimpleName().endsWith("Consumer")
                || c.getPackageName().startsWith(base + ".api")
                        && c.getSimpleName().endsWith("Resource");
    }

    /** Every rule, for a service that wants them in one test. */
    public void checkAll() {
        hasThePackagesOfEveryService();
        domainImportsNoFramework();
        apiUsesNoPersistenceOrTransactions();
        queriesOnlyInStore();
        sqlTextOnlyInStore();
        packagesAreFreeOfCycles();
    }
}
