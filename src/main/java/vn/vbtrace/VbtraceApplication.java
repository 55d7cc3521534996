package vn.vbtrace;

public class VbtraceApplication {
    public static void main(String[] args) {
        System.out.println("vbtrace");
    }
}
