# Build with Maven on JDK 17, run on a JRE. Configure the database with DATABASE_URL.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml schema.graphqls ./
COPY modules modules
COPY templates templates
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /app
RUN useradd --system --home /app bzpeer && mkdir -p /app/data && chown bzpeer /app/data
COPY --from=build /src/modules/server/target/bzpeer.jar /app/bzpeer.jar
USER bzpeer
ENV PORT=8080 BZPEER_DATA_DIR=/app/data
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/bzpeer.jar"]
