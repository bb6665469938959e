import java.io.*;
import java.security.MessageDigest;
import java.sql.*;
import javax.servlet.http.*;

public class Report extends HttpServlet {
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws Exception {
        Connection conn = DriverManager.getConnection("jdbc:h2:mem:");
        Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("SELECT * FROM reports WHERE owner = '" + req.getParameter("owner") + "'");
        Runtime.getRuntime().exec("convert " + req.getParameter("file"));
        ObjectInputStream in = new ObjectInputStream(req.getInputStream());
        Object state = in.readObject();
        File f = new File("/srv/reports", req.getParameter("name"));
        String password = req.getParameter("password");
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        byte[] digest = md.digest(password.getBytes("UTF-8"));
    }
}
