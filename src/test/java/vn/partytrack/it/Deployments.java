package vn.partytrack.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.net.URI;
import java.net.URL;

/** The real WAR that {@code mvn package} built, deployed whole: the tests exercise what users get. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive partytrack() {
        File war = new File(System.getProperty("partytrack.war", "target/partytrack.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }

    /** Arquillian reports the host's outside address; the server is reached on loopback. */
    public static URI base(URL deploymentUrl) {
        String url = deploymentUrl.toString().replaceFirst("//[^:/]+", "//127.0.0.1");
        return URI.create(url.endsWith("/") ? url : url + "/");
    }
}
