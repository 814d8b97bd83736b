package org.netboxauto.store;

import org.netboxauto.core.SourceStatus;
import org.netboxauto.core.RunStatus;
import java.time.Instant;
import javax.sql.DataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.apache.ibatis.type.TypeHandlerRegistry;
import org.netboxauto.core.ReviewState;

/** Builds the MyBatis configuration: mappers, type handlers, no XML config file. */
final class SessionFactories {

    private SessionFactories() {
    }

    static SqlSessionFactory create(DataSource dataSource) {
        Configuration configuration = new Configuration(
                new Environment("store", new JdbcTransactionFactory(), dataSource));
        configuration.setMapUnderscoreToCamelCase(true);
        configuration.setDefaultStatementTimeout(60);
        TypeHandlerRegistry handlers = configuration.getTypeHandlerRegistry();
        handlers.register(Instant.class, new UtcInstantTypeHandler());
        handlers.register(ReviewState.class, new LowercaseEnumTypeHandler<>(ReviewState.class));
        handlers.register(RunStatus.class, new LowercaseEnumTypeHandler<>(RunStatus.class));
        handlers.register(SourceStatus.class, new LowercaseEnumTypeHandler<>(SourceStatus.class));
        configuration.addMapper(RunMapper.class);
        configuration.addMapper(ObservationMapper.class);
        configuration.addMapper(HostMapper.class);
        configuration.addMapper(ReviewMapper.class);
        configuration.addMapper(AlertMapper.class);
        configuration.addMapper(StampMapper.class);
        configuration.addMapper(RetentionMapper.class);
        return new SqlSessionFactoryBuilder().build(configuration);
    }
}
