/// The release of begroot this is: `begroot --version`, the download's name (`make dist`) and the
/// version the publishing workflow of a new site downloads.
public enum Release {
    public static let version = "0.1.0"
}
