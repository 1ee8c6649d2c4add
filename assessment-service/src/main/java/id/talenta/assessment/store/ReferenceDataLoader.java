package id.talenta.assessment.store;

import id.talenta.assessment.domain.ReferenceData;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the seeded reference tables once; they change only by migration, i.e. with a redeploy. */
@ApplicationScoped
public class ReferenceDataLoader {

    @Produces
    @Singleton
    ReferenceData referenceData(AgroalDataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            List<String> jobLevels = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select code from job_level order by position")) {
                while (rs.next()) {
                    jobLevels.add(rs.getString(1));
                }
            }
            return new ReferenceData(
                    jobLevels, codes(s, "competency"), codes(s, "assessment_method"), codes(s, "potential_aspect"));
        }
    }

    private static Map<String, String> codes(Statement s, String table) throws SQLException {
        Map<String, String> codes = new LinkedHashMap<>();
        try (ResultSet rs = s.executeQuery("select code, name from " + table + " order by position")) {
            while (rs.next()) {
                codes.put(rs.getString(1), rs.getString(2));
            }
        }
        return codes;
    }
}
