// The dashboard's charts; the server finds them with demo.charts.byId and feeds them.
new window.demo.charts.LineChart('rate-chart');
new window.demo.charts.LineChart('latency-chart');
